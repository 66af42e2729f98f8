package lisette

import (
	"sync"
	"testing"
)

func TestChannelSend(t *testing.T) {
	tests := []struct {
		name   string
		ch     func() chan int
		want   bool
		wantRx Option[int]
	}{
		{"buffered open", func() chan int { return make(chan int, 1) }, true, MakeOptionSome(7)},
		{"closed", func() chan int { c := make(chan int, 1); close(c); return c }, false, MakeOptionNone[int]()},
		{"closed with buffered data", func() chan int { c := make(chan int, 2); c <- 1; close(c); return c }, false, MakeOptionSome(1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := tt.ch()
			if got := ChannelSend(ch, 7); got != tt.want {
				t.Errorf("ChannelSend = %v, want %v", got, tt.want)
			}
			if got := ChannelReceive(ch); got != tt.wantRx {
				t.Errorf("ChannelReceive after send = %v, want %v", got, tt.wantRx)
			}
		})
	}
}

func TestChannelSendUnbuffered(t *testing.T) {
	ch := make(chan string)
	done := make(chan Option[string])
	go func() { done <- ChannelReceive(ch) }()
	if !ChannelSend(ch, "hi") {
		t.Fatal("ChannelSend on open unbuffered channel = false")
	}
	if got := <-done; got != MakeOptionSome("hi") {
		t.Errorf("received %v", got)
	}
}

func TestSenderSend(t *testing.T) {
	tests := []struct {
		name   string
		closed bool
		want   bool
	}{
		{"open", false, true},
		{"closed", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := make(chan int, 1)
			var tx chan<- int = ch
			if tt.closed {
				SenderClose(tx)
			}
			if got := SenderSend(tx, 3); got != tt.want {
				t.Errorf("SenderSend = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestChannelSendRepanicsOtherPanics(t *testing.T) {
	if !isRuntimePanic(plainRuntimeError(sendOnClosedMsg), sendOnClosedMsg) {
		t.Fatal("isRuntimePanic should match the closed-channel runtime error")
	}
	tests := []struct {
		name string
		r    any
	}{
		{"same text but not a runtime.Error", sendOnClosedMsg},
		{"other runtime error", plainRuntimeError("index out of range")},
		{"arbitrary value", 42},
	}
	for _, tt := range tests {
		if isRuntimePanic(tt.r, sendOnClosedMsg) {
			t.Errorf("%s: isRuntimePanic = true, want false (must re-panic)", tt.name)
		}
	}
}

func TestRepanicUnless(t *testing.T) {
	tests := []struct {
		name        string
		r           any
		wantRepanic bool
	}{
		{"nil", nil, false},
		{"matching runtime error", plainRuntimeError(sendOnClosedMsg), false},
		{"other runtime error", plainRuntimeError("index out of range"), true},
		{"matching text as string", sendOnClosedMsg, true},
		{"arbitrary value", 42, true},
	}
	for _, tt := range tests {
		res := RecoverBlock(func() int { repanicUnless(tt.r, sendOnClosedMsg); return 0 })
		if res.IsErr() != tt.wantRepanic {
			t.Errorf("%s: repanicked = %v, want %v", tt.name, res.IsErr(), tt.wantRepanic)
		}
		if tt.wantRepanic && res.ErrVal.Value() != tt.r {
			t.Errorf("%s: repanicked with %#v, want the original %#v", tt.name, res.ErrVal.Value(), tt.r)
		}
	}
}

// plainRuntimeError imitates the runtime's unexported plainError.
type plainRuntimeError string

func (e plainRuntimeError) RuntimeError() {}
func (e plainRuntimeError) Error() string { return string(e) }

func TestChannelClose(t *testing.T) {
	tests := []struct {
		name  string
		times int
	}{
		{"once", 1},
		{"twice", 2},
		{"many", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := make(chan int)
			for range tt.times {
				ChannelClose(ch)
			}
			if _, ok := <-ch; ok {
				t.Error("channel not closed")
			}
		})
	}
}

func TestSenderClose(t *testing.T) {
	ch := make(chan int, 1)
	tx, rx := ChannelSplit(ch).First, ChannelSplit(ch).Second
	SenderClose(tx)
	SenderClose(tx) // idempotent
	if got := ReceiverReceive(rx); got.IsSome() {
		t.Errorf("receive after close = %v, want None", got)
	}
}

func TestCloseNilChannelStillPanics(t *testing.T) {
	var ch chan int
	r := RecoverBlock(func() struct{} { ChannelClose(ch); return struct{}{} })
	if !r.IsErr() || r.ErrVal.Message() != "close of nil channel" {
		t.Errorf("closing a nil channel = %v, want the runtime panic re-raised", r)
	}
}

func TestChannelCloseConcurrent(t *testing.T) {
	ch := make(chan int)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { ChannelClose(ch) })
	}
	wg.Wait()
	if _, ok := <-ch; ok {
		t.Error("channel not closed")
	}
}

func TestChannelReceive(t *testing.T) {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 0
	close(ch)
	want := []Option[int]{MakeOptionSome(1), MakeOptionSome(0), MakeOptionNone[int](), MakeOptionNone[int]()}
	for i, w := range want {
		if got := ChannelReceive(ch); got != w {
			t.Errorf("receive #%d = %v, want %v", i, got, w)
		}
	}
}

func TestReceiverReceive(t *testing.T) {
	ch := make(chan string, 1)
	var rx <-chan string = ch
	ch <- "x"
	close(ch)
	tests := []Option[string]{MakeOptionSome("x"), MakeOptionNone[string]()}
	for i, want := range tests {
		if got := ReceiverReceive(rx); got != want {
			t.Errorf("receive #%d = %v, want %v", i, got, want)
		}
	}
}

func TestChannelSplit(t *testing.T) {
	ch := make(chan int, 2)
	pair := ChannelSplit(ch)
	tx, rx := pair.First, pair.Second
	if cap(tx) != 2 || cap(rx) != 2 {
		t.Errorf("capacities = %d, %d; want 2, 2", cap(tx), cap(rx))
	}
	if !SenderSend(tx, 5) {
		t.Fatal("send through Sender failed")
	}
	if len(rx) != 1 || len(ch) != 1 {
		t.Errorf("len = %d, want 1 (views share the channel)", len(rx))
	}
	if got := ReceiverReceive(rx); got != MakeOptionSome(5) {
		t.Errorf("receive through Receiver = %v", got)
	}
	SenderClose(tx)
	if ChannelSend(ch, 1) {
		t.Error("send on original after closing the Sender should fail")
	}
}

func TestChannelSendDoesNotAllocate(t *testing.T) {
	ch := make(chan int, 1)
	n := testing.AllocsPerRun(100, func() {
		ChannelSend(ch, 1)
		<-ch
	})
	if n != 0 {
		t.Errorf("allocs = %v, want 0", n)
	}
}

func BenchmarkChannelSend(b *testing.B) {
	ch := make(chan int, 1)
	for b.Loop() {
		ChannelSend(ch, 1)
		<-ch
	}
}

func BenchmarkRawSend(b *testing.B) {
	ch := make(chan int, 1)
	for b.Loop() {
		ch <- 1
		<-ch
	}
}

func BenchmarkChannelSendClosed(b *testing.B) {
	ch := make(chan int, 1)
	close(ch)
	for b.Loop() {
		ChannelSend(ch, 1)
	}
}

func TestUntilClosed(t *testing.T) {
	ch := make(chan int, 3)
	sent := 0
	UntilClosed(func() {
		for i := 0; i < 10; i++ {
			if i == 3 {
				close(ch)
			}
			ch <- i
			sent++
		}
	})
	if sent != 3 {
		t.Errorf("the loop went on after the send on the closed channel: %d sends", sent)
	}
	var got []int
	for v := range ch {
		got = append(got, v)
	}
	if len(got) != 3 || got[0] != 0 || got[2] != 2 {
		t.Errorf("received %v, want [0 1 2]", got)
	}
	UntilClosed(func() {}) // no panic: nothing to recover
	defer func() {
		if r := recover(); r != "other" {
			t.Errorf("UntilClosed swallowed %v", r)
		}
	}()
	UntilClosed(func() { panic("other") })
}
