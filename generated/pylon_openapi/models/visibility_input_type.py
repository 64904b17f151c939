from enum import Enum


class VisibilityInputType(str, Enum):
    ORG = "org"
    TEAM = "team"
    USER = "user"
    USERS_AND_TEAMS = "users_and_teams"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VisibilityInputType | None":
        # Pylon adds enum values without notice. Keep an unknown string as a pseudo-member (its value
        # is the raw string, so it round-trips) instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
