print("braudel")
