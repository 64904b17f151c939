from enum import Enum


class IssueSource(str, Enum):
    CHAT_WIDGET = "chat_widget"
    DISCORD = "discord"
    EMAIL = "email"
    FORM = "form"
    MANUAL = "manual"
    MICROSOFT_TEAMS = "microsoft_teams"
    MICROSOFT_TEAMS_CHAT = "microsoft_teams_chat"
    PHONE = "phone"
    SLACK = "slack"
    SMS = "sms"
    TELEGRAM = "telegram"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "IssueSource | None":
        # Pylon adds enum values without notice. Keep an unknown string as a pseudo-member (its value
        # is the raw string, so it round-trips) instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
