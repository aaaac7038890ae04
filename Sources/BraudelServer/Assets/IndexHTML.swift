extension StaticAssets {
    static let indexHTML = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Braudel</title>
<link rel="stylesheet" href="/static/app.css">
<link rel="icon" href="data:,">
<script src="/static/app.js" defer></script>
</head>
<body>
<header>
  <a class="brand" href="/">Braudel</a>
  <nav>
    <a href="/">Overview</a>
    <a href="/search">Search</a>
    <a href="/kwic">KWIC</a>
    <a href="/map">Map</a>
    <a href="/documents">Documents</a>
  </nav>
</header>
<main id="view" aria-live="polite"><noscript>The explorer needs JavaScript; the JSON API under /api/ works without it.</noscript></main>
</body>
</html>
"""#
}
