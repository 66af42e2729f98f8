package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ReadingTag int

const (
	ReadingTemp ReadingTag = iota
	ReadingOffline
)

type Reading struct {
	Tag  ReadingTag
	Temp int
}

func (v Reading) String() string {
	switch v.Tag {
	case ReadingTemp:
		return "Reading.Temp(" + lisette.FormatValue(v.Temp) + ")"
	}
	return "Reading.Offline"
}

func alert(r Reading) string {
	if r.Tag == ReadingTemp {
		t := r.Temp
		if t > 80 {
			return "too hot"
		}
		t2 := r.Temp
		if t2 < 5 {
			return "too cold"
		}
		return "ok"
	}
	return "sensor offline"
}

func main() {
	readings := []Reading{Reading{Tag: ReadingTemp, Temp: 90}, Reading{Tag: ReadingTemp, Temp: 0}, Reading{Tag: ReadingTemp, Temp: 40}, Reading{Tag: ReadingOffline}}
	for _, r := range readings {
		fmt.Println(alert(r))
	}
}
