//go:build !race

package lisette

import "testing"

// The race detector reports a close that is not ordered before a pending
// send as a data race, even though the runtime defines the outcome (the send
// panics, which ChannelSend turns into false). This test exercises exactly
// that interleaving, so it only runs without -race.

func TestChannelSendBlockedSenderSeesClose(t *testing.T) {
	ch := make(chan int) // no receiver: the sender blocks until close
	result := make(chan bool)
	go func() { result <- ChannelSend(ch, 1) }()
	ChannelClose(ch)
	if <-result {
		t.Error("blocked ChannelSend returned true after close")
	}
}
