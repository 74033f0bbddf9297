print("hedge-bench: nothing yet")
