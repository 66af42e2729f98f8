package main

import "fmt"

type WeekdayTag int

const (
	WeekdayMon WeekdayTag = iota
	WeekdayTue
	WeekdayWed
)

type Weekday struct {
	Tag WeekdayTag
}

func (v Weekday) String() string {
	switch v.Tag {
	case WeekdayMon:
		return "Weekday.Mon"
	case WeekdayTue:
		return "Weekday.Tue"
	}
	return "Weekday.Wed"
}

func Weekday_all() []Weekday {
	return []Weekday{Weekday{Tag: WeekdayMon}, Weekday{Tag: WeekdayTue}, Weekday{Tag: WeekdayWed}}
}

func (self Weekday) Short() string {
	switch self.Tag {
	case WeekdayMon:
		return "Mo"
	case WeekdayTue:
		return "Tu"
	case WeekdayWed:
		return "We"
	}
	panic("unreachable")
}

func main() {
	line := ""
	for _, d := range Weekday_all() {
		line += d.Short() + " "
	}
	fmt.Println(line + "|")
	fmt.Println(Weekday_all())
}
