import json
import sys
import urllib.request


def main(channel: str, text: str, token: str) -> None:
    body = json.dumps({"channel": channel, "text": text}).encode()
    req = urllib.request.Request(
        "https://slack.com/api/chat.postMessage",
        data=body,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req) as resp:
        sys.stdout.write(resp.read().decode())


if __name__ == "__main__":
    params = json.load(sys.stdin)
    main(params["channel"], params["text"], params["token"])
