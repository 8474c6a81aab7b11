class IssueSensor:
    pass
