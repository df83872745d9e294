from enum import StrEnum


class ListSourceEventsExpand(StrEnum):
    EVENT = "event"

    def __str__(self) -> str:
        return str(self.value)
