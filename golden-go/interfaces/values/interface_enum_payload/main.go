package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type Sound interface {
	Play() string
}

type Bell struct {
	rings int
}

func (v Bell) String() string {
	return "Bell { rings: " + lisette.FormatValue(v.rings) + " }"
}

type Horn struct{}

func (v Horn) String() string {
	return "Horn {}"
}

func (self Bell) Play() string {
	parts := []string{}
	for i, end := 0, self.rings; i < end; i++ {
		parts = append(parts, "ding")
	}
	return strings.Join(parts, " ")
}

func (self Horn) Play() string {
	return "honk"
}

type AlarmTag int

const (
	AlarmSilent AlarmTag = iota
	AlarmLoud
	AlarmTimed
)

type Alarm struct {
	Tag   AlarmTag
	Loud  Sound
	At    int
	Sound Sound
}

func (v Alarm) String() string {
	switch v.Tag {
	case AlarmSilent:
		return "Alarm.Silent"
	case AlarmLoud:
		return "Alarm.Loud(" + lisette.FormatValue(v.Loud) + ")"
	}
	return "Alarm.Timed { at: " + lisette.FormatValue(v.At) + ", sound: " + lisette.FormatValue(v.Sound) + " }"
}

func fire(a Alarm) string {
	switch a.Tag {
	case AlarmSilent:
		return "(nothing)"
	case AlarmLoud:
		s := a.Loud
		return s.Play()
	case AlarmTimed:
		at := a.At
		sound := a.Sound
		return fmt.Sprintf("at %v: %v", at, sound.Play())
	}
	panic("unreachable")
}

func main() {
	alarms := []Alarm{Alarm{Tag: AlarmSilent}, Alarm{Tag: AlarmLoud, Loud: Bell{rings: 2}}, Alarm{Tag: AlarmTimed, At: 7, Sound: Horn{}}}
	for _, a := range alarms {
		fmt.Println(fire(a))
	}
}
