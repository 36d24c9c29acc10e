#include "sandbox/SandboxLog.h"

Q_LOGGING_CATEGORY(lcSandbox, "vainu.sandbox")
Q_LOGGING_CATEGORY(lcSandboxDelivery, "vainu.sandbox.delivery")
