package lisette

import "runtime"

// Panic texts of the Go runtime that Lisette's channel operations turn into
// ordinary results (runtime/chan.go).
const (
	sendOnClosedMsg  = "send on closed channel"
	closeOfClosedMsg = "close of closed channel"
)

// isRuntimePanic reports whether r is the runtime panic whose text is msg.
func isRuntimePanic(r any, msg string) bool {
	err, ok := r.(runtime.Error)
	return ok && err.Error() == msg
}

// repanicUnless panics again with r unless r is nil or the runtime panic
// whose text is msg.
func repanicUnless(r any, msg string) {
	if r != nil && !isRuntimePanic(r, msg) {
		panic(r)
	}
}

// ChannelSend sends v on ch and reports true, or reports false if ch is closed; it never panics on a closed channel.
func ChannelSend[T any](ch chan T, v T) bool {
	return SenderSend(ch, v)
}

// SenderSend sends v on ch and reports true, or reports false if ch is closed; it never panics on a closed channel.
func SenderSend[T any](ch chan<- T, v T) (sent bool) {
	defer func() {
		if r := recover(); r != nil {
			repanicUnless(r, sendOnClosedMsg)
			sent = false
		}
	}()
	ch <- v
	return true
}

// UntilClosed runs loop, a loop whose only effect is sending on one channel
// with raw sends: a send on a closed channel ends the loop there, since every
// later send would only have reported false (a closed channel stays closed).
// One deferred recover serves the whole loop instead of one per send. Any
// other panic goes on.
func UntilClosed(loop func()) {
	defer func() { repanicUnless(recover(), sendOnClosedMsg) }()
	loop()
}

// ChannelClose closes ch; closing an already closed channel is a no-op.
func ChannelClose[T any](ch chan T) {
	SenderClose(ch)
}

// SenderClose closes ch; closing an already closed channel is a no-op.
func SenderClose[T any](ch chan<- T) {
	defer func() { repanicUnless(recover(), closeOfClosedMsg) }()
	close(ch)
}

// ChannelReceive waits for a value from ch and returns Some(v), or None once ch is closed and drained.
func ChannelReceive[T any](ch <-chan T) Option[T] {
	if v, ok := <-ch; ok {
		return Option[T]{Tag: OptionSome, SomeVal: v}
	}
	return Option[T]{}
}

// ReceiverReceive is ChannelReceive for a receive-only channel (Lisette's Receiver<T>).
func ReceiverReceive[T any](ch <-chan T) Option[T] {
	return ChannelReceive(ch)
}

// ChannelSplit returns the send-only and receive-only views of ch (Lisette's Sender<T> and Receiver<T>).
func ChannelSplit[T any](ch chan T) Tuple2[chan<- T, <-chan T] {
	return Tuple2[chan<- T, <-chan T]{First: ch, Second: ch}
}
