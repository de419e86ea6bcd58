"""Issue 28: the Windows build is ready for a code-signing certificate — .ci/packaging/
sign-windows signs with one (osslsigncode on Linux) and says so without one; the installer
script signs the installer through makensis's !finalize when given the command."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pip
import pytest

ROOT = Path(__file__).resolve().parents[1]
SIGN = ROOT / ".ci" / "packaging" / "sign-windows"
needs_tools = pytest.mark.skipif(not shutil.which("osslsigncode"),
                                 reason="osslsigncode not installed (apt-get install osslsigncode)")


def signed(path: Path, tmp_path: Path) -> bool:
    """Whether ``path`` carries an Authenticode signature."""
    out = tmp_path / "signature.der"
    out.unlink(missing_ok=True)
    done = subprocess.run(["osslsigncode", "extract-signature", "-in", str(path), "-out",
                           str(out)], capture_output=True)
    return done.returncode == 0 and out.stat().st_size > 500


@pytest.fixture
def certificate(tmp_path):
    """A self-signed code-signing certificate as a password-protected .pfx."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Công đoàn xã Thử")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    pfx = tmp_path / "ky-so.pfx"
    pfx.write_bytes(pkcs12.serialize_key_and_certificates(
        b"unionplanner", key, cert, None,
        serialization.BestAvailableEncryption(b"mat-khau")))
    return pfx


def run_sign(files, environ):
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNIONPLANNER_SIGN")}
    return subprocess.run(["bash", str(SIGN), *map(str, files)], env={**env, **environ},
                          capture_output=True, text=True)


def a_program(tmp_path: Path) -> Path:
    """A real Windows program to sign: pip's own script launcher."""
    program = tmp_path / "unionplanner.exe"
    shutil.copy(Path(pip.__file__).parent / "_vendor" / "distlib" / "t64.exe", program)
    return program


@needs_tools
def test_without_a_certificate_nothing_is_signed(tmp_path):
    program = a_program(tmp_path)
    before = program.read_bytes()
    done = run_sign([program], {})
    assert done.returncode == 0 and "not signed" in done.stdout
    assert program.read_bytes() == before and not signed(program, tmp_path)


@needs_tools
def test_with_a_certificate_the_programs_are_signed(tmp_path, certificate):
    program = a_program(tmp_path)
    twin = shutil.copy(program, tmp_path / "unionplanner-cli.exe")
    environ = {"UNIONPLANNER_SIGN_PFX": str(certificate), "UNIONPLANNER_SIGN_PASSWORD": "mat-khau",
               "UNIONPLANNER_SIGN_TIMESTAMP": "none"}
    done = run_sign([program, twin], environ)
    assert done.returncode == 0, done.stderr
    assert signed(program, tmp_path) and signed(Path(twin), tmp_path)
    # a wrong password fails loudly, leaving the file as it was
    other = a_program(tmp_path / "..")
    done = run_sign([other], {**environ, "UNIONPLANNER_SIGN_PASSWORD": "sai"})
    assert done.returncode != 0 and not signed(other, tmp_path)


@needs_tools
@pytest.mark.skipif(not shutil.which("makensis"), reason="NSIS not installed")
def test_the_installer_signs_itself_through_makensis(tmp_path, certificate):
    environ = {"UNIONPLANNER_SIGN_PFX": str(certificate), "UNIONPLANNER_SIGN_PASSWORD": "mat-khau",
               "UNIONPLANNER_SIGN_TIMESTAMP": "none"}
    payload = tmp_path / "UnionPlanner"
    (payload / "_internal").mkdir(parents=True)
    for name in ("unionplanner.exe", "unionplanner-cli.exe"):
        shutil.copy(a_program(tmp_path), payload / name)
    (payload / "_internal" / "README.txt").write_text("stub")
    setup = tmp_path / "setup.exe"
    subprocess.run([sys.executable, str(ROOT / ".ci" / "packaging" / "render_icon.py"),
                    str(tmp_path)], check=True, capture_output=True,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    icon = tmp_path / "unionplanner.ico"
    done = subprocess.run(
        ["makensis", "-V2", "-NOCD", "-INPUTCHARSET", "UTF8", "-DWINE_SMOKE_AMD64",
         "-DVERSION=0.1.0", f"-DPAYLOAD={payload}", f"-DICON={icon}", f"-DOUTFILE={setup}",
         f"-DSIGN=bash {SIGN}", str(ROOT / ".ci" / "packaging" / "unionplanner.nsi")],
        env={**os.environ, **environ}, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert signed(setup, tmp_path)
    assert done.stdout.count("sign-windows: signed") >= 2  # the uninstaller, then the installer
