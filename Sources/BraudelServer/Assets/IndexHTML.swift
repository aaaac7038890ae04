extension StaticAssets {
    static let indexHTML = #"""
<!doctype html>
"""#
}
