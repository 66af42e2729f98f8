package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type SignalTag int

const (
	SignalStart SignalTag = iota
	SignalResume
	SignalPause
	SignalStop
)

type Signal struct {
	Tag   SignalTag
	Delay int
}

func (v Signal) String() string {
	switch v.Tag {
	case SignalStart:
		return "Signal.Start { delay: " + lisette.FormatValue(v.Delay) + " }"
	case SignalResume:
		return "Signal.Resume { delay: " + lisette.FormatValue(v.Delay) + " }"
	case SignalPause:
		return "Signal.Pause"
	}
	return "Signal.Stop"
}

func is_running_after(s Signal) bool {
	if s.Tag == SignalStart || s.Tag == SignalResume {
		return true
	}
	return false
}

func wait_time(s Signal) int {
	if s.Tag == SignalStart || s.Tag == SignalResume {
		delay := s.Delay
		return delay
	}
	return 0
}

func main() {
	signals := []Signal{Signal{Tag: SignalStart, Delay: 3}, Signal{Tag: SignalPause}, Signal{Tag: SignalResume, Delay: 1}, Signal{Tag: SignalStop}}
	for _, s := range signals {
		fmt.Println(is_running_after(s), wait_time(s))
	}
}
