"""A memory cap for the reading worker on Windows: a Job object.

Windows has no rlimits; the reading worker (:mod:`unionplanner.core.isolation`) puts itself
into a Job object that limits each of its processes' committed memory
(``JOB_OBJECT_LIMIT_PROCESS_MEMORY``), so a file built to allocate gigabytes fails there as
it does under ``RLIMIT_AS`` on Linux, instead of paging the office PC to a standstill. The
job allows breakaway (``JOB_OBJECT_LIMIT_BREAKAWAY_OK``): LibreOffice, started by the worker
to convert a .doc, leaves it with ``CREATE_BREAKAWAY_FROM_JOB`` and runs uncapped, as it does
on Linux. Closing the last handle (the worker ending) ends the job
(``JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE``): nothing the worker started outlives it.

Source: Microsoft, "JOBOBJECT_EXTENDED_LIMIT_INFORMATION structure (winnt.h)",
"SetInformationJobObject function (jobapi2.h)" and "Process Creation Flags".
"""

from __future__ import annotations

import ctypes
from ctypes import wintypes

#: JOBOBJECT_BASIC_LIMIT_INFORMATION.LimitFlags
JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
JOB_OBJECT_LIMIT_BREAKAWAY_OK = 0x00000800
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x00002000
#: JOBOBJECTINFOCLASS JobObjectExtendedLimitInformation
EXTENDED_LIMIT_INFORMATION = 9
#: CreateProcess flag: the child is not in the creator's job
CREATE_BREAKAWAY_FROM_JOB = 0x01000000
#: a DWORD is 32 bits on every Windows (ctypes.wintypes.DWORD is a C long: 64 bits on Linux,
#: where the layout is tested)
_DWORD = ctypes.c_uint32


class _IoCounters(ctypes.Structure):
    _fields_ = [(name, ctypes.c_ulonglong) for name in (
        "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
        "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]


class _BasicLimits(ctypes.Structure):
    _fields_ = [("PerProcessUserTimeLimit", ctypes.c_longlong),
                ("PerJobUserTimeLimit", ctypes.c_longlong),
                ("LimitFlags", _DWORD),
                ("MinimumWorkingSetSize", ctypes.c_size_t),
                ("MaximumWorkingSetSize", ctypes.c_size_t),
                ("ActiveProcessLimit", _DWORD),
                ("Affinity", ctypes.c_size_t),
                ("PriorityClass", _DWORD),
                ("SchedulingClass", _DWORD)]


class ExtendedLimits(ctypes.Structure):
    """JOBOBJECT_EXTENDED_LIMIT_INFORMATION (144 bytes on 64-bit Windows)."""

    _fields_ = [("BasicLimitInformation", _BasicLimits),
                ("IoInfo", _IoCounters),
                ("ProcessMemoryLimit", ctypes.c_size_t),
                ("JobMemoryLimit", ctypes.c_size_t),
                ("PeakProcessMemoryUsed", ctypes.c_size_t),
                ("PeakJobMemoryUsed", ctypes.c_size_t)]


def limits(megabytes: int) -> ExtendedLimits:
    """The job's limits: each process may commit at most ``megabytes`` MB; breakaway is
    allowed; the job's processes end with it."""
    info = ExtendedLimits()
    info.BasicLimitInformation.LimitFlags = (JOB_OBJECT_LIMIT_PROCESS_MEMORY
                                             | JOB_OBJECT_LIMIT_BREAKAWAY_OK
                                             | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE)
    info.ProcessMemoryLimit = megabytes * 2**20
    return info


def cap_this_process(megabytes: int) -> bool:
    """Put the calling process into a new job that caps each of its processes' committed
    memory at ``megabytes`` MB; whether it worked (False when Windows refuses, e.g. an
    outer job without nesting: the worker then runs uncapped, as before). The job's handle
    is kept open for the life of the process."""
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.CreateJobObjectW.argtypes = [wintypes.LPVOID, wintypes.LPCWSTR]
    kernel32.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int,
                                                 wintypes.LPVOID, wintypes.DWORD]
    kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        return False
    info = limits(megabytes)
    if not kernel32.SetInformationJobObject(job, EXTENDED_LIMIT_INFORMATION,
                                            ctypes.byref(info), ctypes.sizeof(info)):
        kernel32.CloseHandle(job)
        return False
    if not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
        kernel32.CloseHandle(job)
        return False
    global _job
    _job = job  # never closed: closing it would end this process (KILL_ON_JOB_CLOSE)
    return True


_job: int | None = None


def in_capped_job() -> bool:
    """Whether this process put itself into a capped job (:func:`cap_this_process`)."""
    return _job is not None
