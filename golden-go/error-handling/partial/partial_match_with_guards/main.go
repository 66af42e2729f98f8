package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func progress(p lisette.Partial[int, string]) string {
	switch p.Tag {
	case lisette.PartialBoth:
		n := p.OkVal
		if n >= 90 {
			return "almost complete"
		}
		n2 := p.OkVal
		e := p.ErrVal
		return fmt.Sprintf("partial (%v%%): %v", n2, e)
	case lisette.PartialOk:
		if p.OkVal == 100 {
			return "complete"
		}
		n := p.OkVal
		return fmt.Sprintf("%v%% done", n)
	case lisette.PartialErr:
		e := p.ErrVal
		return fmt.Sprintf("failed: %v", e)
	}
	panic("unreachable")
}

func main() {
	runs := []lisette.Partial[int, string]{lisette.MakePartialOk[int, string](100), lisette.MakePartialOk[int, string](40), lisette.MakePartialBoth[int, string](95, "timeout"), lisette.MakePartialBoth[int, string](30, "timeout"), lisette.MakePartialErr[int, string]("crashed")}
	for _, r := range runs {
		fmt.Println(progress(r))
	}
}
