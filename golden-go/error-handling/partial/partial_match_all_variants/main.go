package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func read_block(size, available int) lisette.Partial[int, string] {
	if available == 0 {
		return lisette.MakePartialErr[int, string]("nothing to read")
	} else if available < size {
		return lisette.MakePartialBoth[int, string](available, "eof")
	} else {
		return lisette.MakePartialOk[int, string](size)
	}
}

func report(p lisette.Partial[int, string]) string {
	switch p.Tag {
	case lisette.PartialOk:
		n := p.OkVal
		return fmt.Sprintf("read %v bytes", n)
	case lisette.PartialBoth:
		n := p.OkVal
		e := p.ErrVal
		return fmt.Sprintf("read %v bytes, then %v", n, e)
	case lisette.PartialErr:
		e := p.ErrVal
		return fmt.Sprintf("failed: %v", e)
	}
	panic("unreachable")
}

func main() {
	for _, avail := range []int{512, 100, 0} {
		fmt.Println(report(read_block(256, avail)))
	}
}
