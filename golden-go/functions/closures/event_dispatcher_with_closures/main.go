package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Dispatcher struct {
	handlers map[string][]func(int) string
	log      []string
}

func (v Dispatcher) String() string {
	return "Dispatcher { handlers: " + lisette.FormatValue(v.handlers) + ", log: " + lisette.FormatValue(v.log) + " }"
}

func Dispatcher_new() Dispatcher {
	return Dispatcher{handlers: map[string][]func(int) string{}, log: []string{}}
}

func (self *Dispatcher) On(event string, handler func(int) string) {
	var existing []func(int) string
	subject := lisette.MapGet(self.handlers, event)
	if subject.Tag == lisette.OptionSome {
		hs := subject.SomeVal
		existing = hs
	} else {
		existing = []func(int) string{}
	}
	self.handlers[event] = append(existing, handler)
}

func (self *Dispatcher) Emit(event string, payload int) int {
	subject2 := lisette.MapGet(self.handlers, event)
	if subject2.Tag == lisette.OptionSome {
		hs := subject2.SomeVal
		for _, h := range hs {
			line := h(payload)
			self.log = append(self.log, fmt.Sprintf("%v: %v", event, line))
		}
		return len(hs)
	}
	self.log = append(self.log, fmt.Sprintf("%v: no handlers", event))
	return 0
}

func (self Dispatcher) Count(event string) int {
	subject3 := lisette.MapGet(self.handlers, event)
	if subject3.Tag == lisette.OptionSome {
		hs := subject3.SomeVal
		return len(hs)
	}
	return 0
}

func shout(n int) string {
	return fmt.Sprintf("LOUD %v", n)
}

func threshold_handler(limit int) func(int) string {
	return func(n int) string {
		if n > limit {
			return fmt.Sprintf("%v over %v", n, limit)
		} else {
			return fmt.Sprintf("%v ok", n)
		}
	}
}

func main() {
	d := Dispatcher_new()
	total_bytes := 0
	seen := 0
	d.On("upload", func(n int) string {
		total_bytes += n
		return fmt.Sprintf("stored %v bytes", n)
	})
	d.On("upload", threshold_handler(100))
	d.On("alert", shout)
	for _, level := range []string{"low", "high"} {
		d.On("level", func(n int) string {
			return fmt.Sprintf("%v:%v", level, n)
		})
	}
	counter := func(n int) string {
		seen += 1
		return fmt.Sprintf("event #%v with %v", seen, n)
	}
	d.On("upload", counter)
	d.On("alert", counter)
	fired := []int{d.Emit("upload", 40), d.Emit("upload", 250), d.Emit("alert", 7), d.Emit("level", 3), d.Emit("missing", 1)}
	fmt.Println(fired)
	for _, line := range d.log {
		fmt.Println(line)
	}
	fmt.Println("bytes:", total_bytes, "counted:", seen)
	fmt.Println(d.Count("upload"), d.Count("alert"), d.Count("nothing"))
}
