# error: 2:5: exported function 'configure' has a **kwargs parameter
def configure(name: str, **opts: int) -> int:
    return len(opts)
