#!/usr/bin/env bash
# Runs every notebook in examples/notebooks with the rapaio Java kernel (JShell) and fails if a
# cell fails.
#
# From a fresh clone, with only a JDK (17 or later), apt and Maven Central, it:
#   1. installs Jupyter from Debian's packages (jupyter-nbconvert, jupyter-client, python3-ipykernel)
#      when jupyter-nbconvert is not on the PATH (needs root or sudo);
#   2. fetches the kernel, io.github.padreati:rapaio-jupyter-kernel, from Maven Central with
#      ./mvnw into examples/target/notebooks/kernel;
#   3. builds the examples module and copies its jar and runtime dependencies into
#      examples/target/notebook-lib, the folder each notebook's first cell adds with %jar;
#   4. installs a kernelspec named outturn-java into a private JUPYTER_PATH (nothing is written to
#      ~/.local or /usr/share), and
#   5. executes each notebook with jupyter nbconvert, writing the executed copies to
#      examples/target/notebooks/executed (the notebooks in git keep their outputs cleared).
#
# The kernel's start-up sometimes hangs; a notebook whose kernel does not answer within
# STARTUP_TIMEOUT seconds (or whose run exceeds RUN_TIMEOUT) is tried again, up to ATTEMPTS times.
# A failing cell fails the script at once, with no retry.
#
# Usage: examples/notebooks/run-notebooks.sh [NOTEBOOK.ipynb ...]   (default: every notebook)
# Environment: RJK_VERSION (3.0.1), CELL_TIMEOUT (120), STARTUP_TIMEOUT (60), RUN_TIMEOUT (600),
#   ATTEMPTS (3), KERNEL_JAVA (the java that runs the kernel; default: java on the PATH),
#   SKIP_BUILD=1 (reuse examples/target/notebook-lib).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "${here}/../.." && pwd)
cd "${root}"

rjk_version=${RJK_VERSION:-3.0.1}
cell_timeout=${CELL_TIMEOUT:-120}
startup_timeout=${STARTUP_TIMEOUT:-60}
run_timeout=${RUN_TIMEOUT:-600}
attempts=${ATTEMPTS:-3}
kernel_java=${KERNEL_JAVA:-$(command -v java)}
target=${root}/examples/target
work=${target}/notebooks
lib=${target}/notebook-lib
dependency_plugin=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

started=${SECONDS}
step() { printf '=== [%4ss] %s\n' "$((SECONDS - started))" "$*"; }

# 1. Jupyter, from Debian's packages.
if ! command -v jupyter-nbconvert >/dev/null 2>&1; then
  step "installing Jupyter from Debian's packages"
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    jupyter-nbconvert jupyter-client python3-ipykernel >/dev/null
fi
nbconvert=$(command -v jupyter-nbconvert)

# 2. The kernel, from Maven Central.
kernel_jar=${work}/kernel/rapaio-jupyter-kernel-${rjk_version}.jar
if [[ ! -f ${kernel_jar} ]]; then
  step "fetching rapaio-jupyter-kernel ${rjk_version} from Maven Central"
  ./mvnw -q -B -N "${dependency_plugin}:copy" \
    -Dartifact="io.github.padreati:rapaio-jupyter-kernel:${rjk_version}" \
    -DoutputDirectory="${work}/kernel"
fi

# 3. The examples and their runtime dependencies, as jars in one folder.
if [[ ${SKIP_BUILD:-0} != 1 || ! -d ${lib} ]]; then
  step "building the examples module"
  rm -rf "${lib}"
  # In one reactor run, so that the sibling modules (not installed) resolve to their fresh jars.
  ./mvnw -q -B -pl examples -am package "${dependency_plugin}:copy-dependencies" \
    -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    -DincludeScope=runtime -DoutputDirectory="${lib}"
  for jar in "${root}"/examples/target/outturn-examples-*.jar; do
    case ${jar} in
      *-sources.jar | *-javadoc.jar | *-tests.jar | *-cli.jar) ;;
      *) cp "${jar}" "${lib}/" ;;
    esac
  done
fi

# 4. A private kernelspec.
export JUPYTER_PATH=${work}/jupyter
export JUPYTER_CONFIG_DIR=${work}/jupyter-config
export JUPYTER_DATA_DIR=${work}/jupyter-data
export JUPYTER_RUNTIME_DIR=${work}/jupyter-runtime
spec=${JUPYTER_PATH}/kernels/outturn-java
mkdir -p "${spec}" "${JUPYTER_CONFIG_DIR}" "${JUPYTER_DATA_DIR}" "${JUPYTER_RUNTIME_DIR}"
cat >"${spec}/kernel.json" <<EOF
{
  "argv": ["${kernel_java}", "-jar", "${kernel_jar}", "{connection_file}"],
  "display_name": "Java (Outturn, rjk ${rjk_version})",
  "language": "java",
  "interrupt_mode": "message",
  "env": {
    "RJK_CLASSPATH": "",
    "RJK_COMPILER_OPTIONS": "",
    "RJK_INIT_SCRIPT": "",
    "RJK_TIMEOUT_MILLIS": "-1",
    "RJK_MIMA_CACHE": "${work}/mima_cache"
  }
}
EOF

# 5. Every notebook.
if [[ $# -gt 0 ]]; then
  notebooks=("$@")
else
  notebooks=("${here}"/*.ipynb)
fi
out=${work}/executed
mkdir -p "${out}"
for notebook in "${notebooks[@]}"; do
  name=$(basename "${notebook}")
  for ((attempt = 1; ; attempt++)); do
    step "${name}: attempt ${attempt} of ${attempts}"
    log=${out}/${name%.ipynb}.attempt-${attempt}.log
    status=0
    timeout --kill-after=10 "${run_timeout}" "${nbconvert}" --to notebook --execute \
      --ExecutePreprocessor.kernel_name=outturn-java \
      --ExecutePreprocessor.timeout="${cell_timeout}" \
      --ExecutePreprocessor.startup_timeout="${startup_timeout}" \
      --output-dir "${out}" "${notebook}" >"${log}" 2>&1 || status=$?
    if [[ ${status} -eq 0 ]]; then
      step "${name}: ok"
      break
    fi
    # A hung start-up (or a run cut short by the timeout) is worth another try; a failing cell is not.
    if [[ ${status} -ne 124 && ${status} -ne 137 ]] && ! grep -qE "Kernel didn't respond|Kernel died before replying" "${log}"; then
      cat "${log}" >&2
      step "${name}: FAILED (exit ${status})" >&2
      exit 1
    fi
    if ((attempt >= attempts)); then
      cat "${log}" >&2
      step "${name}: FAILED: the kernel did not start in ${attempts} attempts" >&2
      exit 1
    fi
    step "${name}: the kernel did not answer (exit ${status}); retrying"
  done
done
# The notebook jars include an SLF4J provider (slf4j-simple, a runtime dependency of the examples),
# so no cell's output may carry slf4j-api's "No SLF4J providers were found" warning.
for notebook in "${notebooks[@]}"; do
  executed=${out}/$(basename "${notebook}")
  if grep -q "SLF4J" "${executed}"; then
    grep -n "SLF4J" "${executed}" >&2
    step "$(basename "${notebook}"): FAILED: an SLF4J warning in the output" >&2
    exit 1
  fi
done
step "all ${#notebooks[@]} notebooks ran; executed copies in ${out}"
