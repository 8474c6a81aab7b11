print("create issue")
