print("hedge-report")
