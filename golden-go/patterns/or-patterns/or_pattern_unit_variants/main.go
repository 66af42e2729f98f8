package main

import "fmt"

type MonthTag int

const (
	MonthJan MonthTag = iota
	MonthFeb
	MonthMar
	MonthApr
	MonthMay
	MonthJun
)

type Month struct {
	Tag MonthTag
}

func (v Month) String() string {
	switch v.Tag {
	case MonthJan:
		return "Month.Jan"
	case MonthFeb:
		return "Month.Feb"
	case MonthMar:
		return "Month.Mar"
	case MonthApr:
		return "Month.Apr"
	case MonthMay:
		return "Month.May"
	}
	return "Month.Jun"
}

func quarter(m Month) int {
	if m.Tag == MonthJan || m.Tag == MonthFeb || m.Tag == MonthMar {
		return 1
	}
	return 2
}

func main() {
	fmt.Println(quarter(Month{Tag: MonthFeb}), quarter(Month{Tag: MonthJun}), quarter(Month{Tag: MonthJan}))
}
