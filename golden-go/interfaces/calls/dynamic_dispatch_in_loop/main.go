package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Instrument interface {
	Note(pitch int) string
}

type Piano struct{}

func (v Piano) String() string {
	return "Piano {}"
}

type Drum struct {
	skin string
}

func (v Drum) String() string {
	return "Drum { skin: " + lisette.FormatValue(v.skin) + " }"
}

type Flute struct {
	octave int
}

func (v Flute) String() string {
	return "Flute { octave: " + lisette.FormatValue(v.octave) + " }"
}

func (self Piano) Note(pitch int) string {
	return fmt.Sprintf("piano %v", pitch)
}

func (self Drum) Note(_pitch int) string {
	return fmt.Sprintf("%v thump", self.skin)
}

func (self Flute) Note(pitch int) string {
	return fmt.Sprintf("flute %v", pitch+12*self.octave)
}

func main() {
	band := []Instrument{Piano{}, Drum{skin: "goat"}, Flute{octave: 2}}
	pitch := 60
	for _, i := range band {
		fmt.Println(i.Note(pitch))
		pitch += 1
	}
}
