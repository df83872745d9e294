from enum import StrEnum


class Expand(StrEnum):
    EVENT = "event"

    def __str__(self) -> str:
        return str(self.value)
