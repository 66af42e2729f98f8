package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Slot struct {
	F0 bool
	F1 lisette.Option[string]
}

func (v Slot) String() string {
	return "Slot(" + lisette.FormatValue(v.F0) + ", " + lisette.FormatValue(v.F1) + ")"
}

func label(s Slot) string {
	if !s.F0 {
		return "disabled"
	}
	if s.F1.Tag == lisette.OptionNone {
		return "free"
	}
	who := s.F1.SomeVal
	return fmt.Sprintf("taken by %v", who)
}

func main() {
	fmt.Println(label(Slot{F0: true, F1: lisette.MakeOptionSome[string]("ana")}))
	fmt.Println(label(Slot{F0: true, F1: lisette.MakeOptionNone[string]()}))
	fmt.Println(label(Slot{F0: false, F1: lisette.MakeOptionSome[string]("bo")}))
}
