let appCSS = #"""
"""#
