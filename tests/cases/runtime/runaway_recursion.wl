// Infinite recursion must stop with a clear error (not a stack overflow), and the call
// chain must stay readable.
Info("début")
P()

PROCÉDURE P()
P()
