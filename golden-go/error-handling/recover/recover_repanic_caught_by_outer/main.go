package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func load(name string) string {
	if len(name) == 0 {
		panic("empty name")
	}
	return fmt.Sprintf("loaded %v", name)
}

func main() {
	for _, name := range []string{"cfg", ""} {
		outer := lisette.RecoverBlock(func() string {
			inner := lisette.RecoverBlock(func() string {
				return load(name)
			})
			if inner.Tag == lisette.ResultOk {
				s := inner.OkVal
				return s
			}
			pv := inner.ErrVal
			panic(fmt.Sprintf("while loading: %v", pv.Message()))
		})
		if outer.Tag == lisette.ResultOk {
			s := outer.OkVal
			fmt.Println(s)
		} else {
			pv := outer.ErrVal
			fmt.Println(pv.Message())
		}
	}
}
