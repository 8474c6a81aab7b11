class MessageSensor:
    def poll(self):
        return []
