from enum import Enum


class FilterOperator(str, Enum):
    AND = "and"
    CONTAINS = "contains"
    DOES_NOT_CONTAIN = "does_not_contain"
    EQUALS = "equals"
    GREATER_THAN = "greater_than"
    GREATER_THAN_OR_EQUALS = "greater_than_or_equals"
    IN = "in"
    IS_SET = "is_set"
    IS_UNSET = "is_unset"
    LESS_THAN = "less_than"
    LESS_THAN_OR_EQUALS = "less_than_or_equals"
    NOT_EQUALS = "not_equals"
    NOT_IN = "not_in"
    OR = "or"
    STRING_CONTAINS = "string_contains"
    STRING_DOES_NOT_CONTAIN = "string_does_not_contain"
    TIME_IS_AFTER = "time_is_after"
    TIME_IS_BEFORE = "time_is_before"
    TIME_RANGE = "time_range"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FilterOperator | None":
        # Pylon adds enum values without notice. Keep an unknown string as a pseudo-member (its value
        # is the raw string, so it round-trips) instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
