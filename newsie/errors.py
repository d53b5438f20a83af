"""Exceptions raised by newsie."""


class NewsieError(Exception):
    """Base class of newsie's errors."""


class UserDictError(NewsieError, ValueError):
    """A user dictionary line is malformed; the message names file and line."""


class InputError(NewsieError, ValueError):
    """An input record cannot be read; the message names the source and line."""


class ModelNotFoundError(NewsieError, FileNotFoundError):
    """A pipeline or segmentation model path does not exist."""


class OptionsError(NewsieError, ValueError):
    """The options of a batch run contradict each other or are out of range."""
