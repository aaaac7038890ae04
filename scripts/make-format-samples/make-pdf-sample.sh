#!/usr/bin/env bash
# Makes corpus/formats/semiperipheral-ports.pdf: an original working paper typeset by
# LibreOffice from a flat ODF document written below, so the PDF has what real papers have:
# a title block, first-line-indented paragraphs, headings, a reference list with hanging
# indents, page numbers in the footer, and running headers that alternate between the author
# (even pages) and the short title (odd pages), none on the first page.
#
# Needs: libreoffice-writer-nogui (soffice), fonts-dejavu. Usage: scripts/make-format-samples/make-pdf-sample.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/corpus/formats"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

para() { printf '<text:p text:style-name="%s">%s</text:p>\n' "$1" "$2"; }

{
cat <<'HEAD'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta>
  <dc:title>Port Cities of the Semiperiphery and the Rhythm of Hegemonic Decline</dc:title>
  <meta:initial-creator>Helena M. Castro-Ribeiro</meta:initial-creator>
  <dc:creator>Helena M. Castro-Ribeiro</dc:creator>
  <meta:creation-date>2019-10-14T09:00:00</meta:creation-date>
 </office:meta>
 <office:font-face-decls>
  <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="DejaVu Serif" fo:font-size="10pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Body" style:family="paragraph">
   <style:paragraph-properties fo:text-align="justify" fo:text-indent="0.6cm" fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="125%"/>
  </style:style>
  <style:style style:name="FirstBody" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:text-indent="0cm"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:master-page-name="FirstPage">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Byline" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/>
   <style:text-properties fo:font-size="11pt"/>
  </style:style>
  <style:style style:name="Dateline" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.6cm"/>
   <style:text-properties fo:font-size="9pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Abstract" style:family="paragraph">
   <style:paragraph-properties fo:text-align="justify" fo:margin-left="0.8cm" fo:margin-right="0.8cm" fo:margin-bottom="0.5cm"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Reference" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start" fo:margin-left="0.6cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.1cm"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="8pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="A5">
   <style:page-layout-properties fo:page-width="14.8cm" fo:page-height="21cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A5">
   <style:header><text:p text:style-name="Header">Port Cities of the Semiperiphery</text:p></style:header>
   <style:header-left><text:p text:style-name="Header">Helena M. Castro-Ribeiro</text:p></style:header-left>
   <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current"/></text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="FirstPage" style:page-layout-name="A5" style:next-style-name="Standard">
   <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current"/></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
HEAD

para Title "Port Cities of the Semiperiphery and the Rhythm of Hegemonic Decline"
para Byline "Helena M. Castro-Ribeiro"
para Dateline "Centre for Comparative Historical Research, Working Paper 14, October 2019"
para Abstract "Abstract. This paper follows three port cities of the semiperiphery through the last two hegemonic transitions of the capitalist world-economy. It argues that the commercial fortunes of such ports anticipate the financial expansions that Arrighi treats as the autumn of each hegemony, and that semiperipheral intermediaries gain room for manoeuvre exactly when the core loses its grip on the terms of trade."

para Heading "1. Introduction"
para FirstBody "The modern world-system has never been a flat surface of exchange. Since the long sixteenth century it has been organized as a hierarchy of core, semiperipheral and peripheral zones, bound together by a single axial division of labor and by an interstate system that no single state has been able to turn into a world-empire (Wallerstein 1974). Much of the literature on this hierarchy looks either at the core, where accumulation is concentrated, or at the periphery, where surplus is drained through unequal exchange (Emmanuel 1972; Amin 1976). The semiperiphery, the middle stratum that Wallerstein described as both exploiter and exploited, has received less sustained attention, even though Chase-Dunn and Hall (1997) argue that it is the zone where most evolutionary change in world-systems has originated."
para Body "This paper takes a narrow entry into that broad problem. It looks at port cities, the places where the commodity chains that cross the semiperiphery are physically loaded, insured, financed and taxed. Ports are a good vantage point because they register shifts in the world-economy before national statistics do: a change in the routing of cargo, in the nationality of shipping lines or in the currency of freight contracts shows up on the docks years before it appears in the balance of payments."

para Heading "2. Ports Between Core and Periphery"
para FirstBody "In the world-systems perspective a port is never simply a point of exit for raw materials. Its merchants buy from peripheral hinterlands and sell to core markets, and the margin between the two prices is the material basis of semiperipheral standing. Hopkins and Wallerstein (1986) showed that commodity chains concentrate value-added at their core-like nodes; the port sits where a chain changes hands, and the struggle over who controls that hand-over decides whether the city rises or sinks within the hierarchy."
para Body "Three cases illustrate the point. In the late nineteenth century the merchants of Buenos Aires captured a growing share of the grain and beef trade, yet the shipping, insurance and credit remained British, so that the city grew rich without becoming a centre of accumulation in its own right. Odessa followed a similar path under a different flag. Singapore after 1965, by contrast, used its position on the route between the Indian Ocean and the South China Sea to build shipping, refining and finance of its own, and moved closer to the core, as Frank (1998) would have predicted from the longer history of Asian trade."

para Heading "3. Hegemonic Decline Seen from the Docks"
para FirstBody "Arrighi (1994: 214) describes each systemic cycle of accumulation as a material expansion followed by a financial one, in which capital withdraws from trade and production into high finance. Seen from the docks, the signal crisis of a hegemony looks like a loosening of control. When British shipping lost its lead after 1900, the ports of the semiperiphery gained room to bargain over freight rates and to favour new partners, and when American dominance of container shipping weakened in the 1970s the same room opened again."
para Body "These windows do not last. Silver (2003) shows that the relocation of industry to new sites is followed, within a generation, by new waves of labor unrest, and port workers have been among the most effective actors in such waves because a strike at a choke point halts a whole chain. Semiperipheral port cities therefore face a double pressure during hegemonic decline: more freedom from the declining core, and more organized labor at home. The cities that converted the first into lasting gains were those whose states invested in shipping and finance while the window was open, rather than in the defence of existing rents."

para Heading "4. Conclusion"
para FirstBody "Port cities offer a concrete way to watch the semiperiphery at work. They show that upward mobility within the world-economy is possible but narrow, that it depends on capturing the financial and logistical links of commodity chains rather than on volume alone, and that it clusters in the periods when hegemonic powers lose their grip. A comparative study of more ports, with series on freight, credit and strikes, would allow these claims to be tested against the rhythm of the long waves."

para Heading "References"
para Reference "Amin, Samir. 1976. Unequal Development: An Essay on the Social Formations of Peripheral Capitalism. New York: Monthly Review Press."
para Reference "Arrighi, Giovanni. 1994. The Long Twentieth Century: Money, Power, and the Origins of Our Times. London: Verso."
para Reference "Chase-Dunn, Christopher, and Thomas D. Hall. 1997. Rise and Demise: Comparing World-Systems. Boulder, CO: Westview Press."
para Reference "Emmanuel, Arghiri. 1972. Unequal Exchange: A Study of the Imperialism of Trade. New York: Monthly Review Press."
para Reference "Frank, Andre Gunder. 1998. ReOrient: Global Economy in the Asian Age. Berkeley: University of California Press."
para Reference "Hopkins, Terence K., and Immanuel Wallerstein. 1986. “Commodity Chains in the World-Economy Prior to 1800.” Review 10 (1): 157–170."
para Reference "Silver, Beverly J. 2003. Forces of Labor: Workers’ Movements and Globalization since 1870. Cambridge: Cambridge University Press."
para Reference "Wallerstein, Immanuel. 1974. The Modern World-System I: Capitalist Agriculture and the Origins of the European World-Economy in the Sixteenth Century. New York: Academic Press."

cat <<'TAIL'
  </office:text>
 </office:body>
</office:document>
TAIL
} > "$work/semiperipheral-ports.fodt"

# A private profile, so a LibreOffice run elsewhere on the machine neither blocks nor is disturbed.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
    --outdir "$work" "$work/semiperipheral-ports.fodt" >/dev/null 2>&1
cp "$work/semiperipheral-ports.pdf" "$out/semiperipheral-ports.pdf"
echo "wrote $out/semiperipheral-ports.pdf ($(wc -c < "$out/semiperipheral-ports.pdf") bytes)"

# A unit-test fixture: a short PDF that opens only with the password "secret".
fixtures="$root/Tests/BraudelDocumentsTests/Fixtures"
printf 'Unequal Exchange Revisited\n\nThe semiperiphery is a structural position in the world-economy.\n' > "$work/encrypted.txt"
soffice -env:UserInstallation="file://$work/profile" --headless \
    --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
    --outdir "$work" "$work/encrypted.txt" >/dev/null 2>&1
cp "$work/encrypted.pdf" "$fixtures/encrypted.pdf"
echo "wrote $fixtures/encrypted.pdf"
