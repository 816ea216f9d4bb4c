#pragma once

namespace nb::WorkerPriority {

// In a process with a UI thread, the threads that talk to hosts run below it. Under an
// output flood they are busy splitting and batching lines, and at the same priority
// twenty of them leave the UI thread a twentieth of a core: every piece of its work then
// takes twenty times as long on the clock. The CLI keeps them at its own priority.
void setBelowUi(bool below);

// Linux's scheduler gives a thread about 1.25 times the CPU of one a nice level below it;
// ten levels make a busy host thread weigh about a tenth of the UI thread.
constexpr int NiceLevelsBelowUi = 10;

// Called first thing by every thread that works for hosts; does nothing unless
// setBelowUi(true) was called, and nothing where threads have no priority of their own.
void applyToCurrentThread();

} // namespace nb::WorkerPriority
