let appJS = #"""
"""#
