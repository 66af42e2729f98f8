package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type LightTag int

const (
	LightRed LightTag = iota
	LightGreen
	LightYellow
	LightFlashing
)

type Light struct {
	Tag       LightTag
	Remaining int
}

func (v Light) String() string {
	switch v.Tag {
	case LightRed:
		return "Light.Red { remaining: " + lisette.FormatValue(v.Remaining) + " }"
	case LightGreen:
		return "Light.Green { remaining: " + lisette.FormatValue(v.Remaining) + " }"
	case LightYellow:
		return "Light.Yellow { remaining: " + lisette.FormatValue(v.Remaining) + " }"
	}
	return "Light.Flashing"
}

type EventTag int

const (
	EventTick EventTag = iota
	EventButton
	EventFault
	EventRepair
)

type Event struct {
	Tag EventTag
}

func (v Event) String() string {
	switch v.Tag {
	case EventTick:
		return "Event.Tick"
	case EventButton:
		return "Event.Button"
	case EventFault:
		return "Event.Fault"
	}
	return "Event.Repair"
}

type Timing struct {
	red    int
	green  int
	yellow int
}

func (v Timing) String() string {
	return "Timing { red: " + lisette.FormatValue(v.red) + ", green: " + lisette.FormatValue(v.green) + ", yellow: " + lisette.FormatValue(v.yellow) + " }"
}

func step(light Light, event Event, t Timing) Light {
	switch event.Tag {
	case EventFault:
		return Light{Tag: LightFlashing}
	case EventRepair:
		if light.Tag == LightFlashing {
			return Light{Tag: LightRed, Remaining: t.red}
		}
		other := light
		return other
	case EventButton:
		switch light.Tag {
		case LightFlashing:
			return Light{Tag: LightFlashing}
		case LightGreen:
			remaining := light.Remaining
			if remaining > 2 {
				return Light{Tag: LightGreen, Remaining: 2}
			}
			current := light
			return current
		default:
			current := light
			return current
		}
	case EventTick:
		switch light.Tag {
		case LightFlashing:
			return Light{Tag: LightFlashing}
		case LightRed:
			if light.Remaining == 1 {
				return Light{Tag: LightGreen, Remaining: t.green}
			}
			remaining := light.Remaining
			return Light{Tag: LightRed, Remaining: remaining - 1}
		case LightGreen:
			if light.Remaining == 1 {
				return Light{Tag: LightYellow, Remaining: t.yellow}
			}
			remaining := light.Remaining
			return Light{Tag: LightGreen, Remaining: remaining - 1}
		case LightYellow:
			if light.Remaining == 1 {
				return Light{Tag: LightRed, Remaining: t.red}
			}
			remaining := light.Remaining
			return Light{Tag: LightYellow, Remaining: remaining - 1}
		}
	}
	panic("unreachable")
}

func show(l Light) string {
	switch l.Tag {
	case LightRed:
		remaining := l.Remaining
		return fmt.Sprintf("RED(%v)", remaining)
	case LightGreen:
		remaining := l.Remaining
		return fmt.Sprintf("GREEN(%v)", remaining)
	case LightYellow:
		remaining := l.Remaining
		return fmt.Sprintf("YELLOW(%v)", remaining)
	case LightFlashing:
		return "FLASHING"
	}
	panic("unreachable")
}

func can_cross(l Light) bool {
	if l.Tag == LightRed {
		return true
	}
	return false
}

func parse_event(c rune) lisette.Option[Event] {
	switch c {
	case 't':
		return lisette.MakeOptionSome[Event](Event{Tag: EventTick})
	case 'b':
		return lisette.MakeOptionSome[Event](Event{Tag: EventButton})
	case 'f':
		return lisette.MakeOptionSome[Event](Event{Tag: EventFault})
	case 'r':
		return lisette.MakeOptionSome[Event](Event{Tag: EventRepair})
	default:
		return lisette.MakeOptionNone[Event]()
	}
}

func main() {
	timing := Timing{red: 2, green: 3, yellow: 1}
	light := Light{Tag: LightRed, Remaining: timing.red}
	script := "ttbtttxtftrttbbr"
	step_no := 0
	counts := lisette.Tuple4[int, int, int, int]{First: 0, Second: 0, Third: 0, Fourth: 0}
	for _, c := range script {
		subject := parse_event(c)
		if subject.Tag != lisette.OptionSome {
			fmt.Printf("ignoring '%c'\n", c)
			continue
		}
		event := subject.SomeVal
		step_no += 1
		light = step(light, event, timing)
		r := counts.First
		g := counts.Second
		y := counts.Third
		f := counts.Fourth
		switch light.Tag {
		case LightRed:
			counts = lisette.Tuple4[int, int, int, int]{First: r + 1, Second: g, Third: y, Fourth: f}
		case LightGreen:
			counts = lisette.Tuple4[int, int, int, int]{First: r, Second: g + 1, Third: y, Fourth: f}
		case LightYellow:
			counts = lisette.Tuple4[int, int, int, int]{First: r, Second: g, Third: y + 1, Fourth: f}
		case LightFlashing:
			counts = lisette.Tuple4[int, int, int, int]{First: r, Second: g, Third: y, Fourth: f + 1}
		}
		var walk string
		if can_cross(light) {
			walk = "walk"
		} else {
			walk = "wait"
		}
		fmt.Printf("%v: %v -> %v [%v]\n", step_no, event, show(light), walk)
	}
	reds := counts.First
	greens := counts.Second
	yellows := counts.Third
	flashing := counts.Fourth
	fmt.Printf("red %v, green %v, yellow %v, flashing %v\n", reds, greens, yellows, flashing)
}
