package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type NotFound struct {
	id int
}

func (v NotFound) String() string {
	return "NotFound { id: " + lisette.FormatValue(v.id) + " }"
}

func (self NotFound) Error() string {
	return fmt.Sprintf("item %v not found", self.id)
}

func lookup(id int) lisette.Result[string, error] {
	if id == 1 {
		return lisette.MakeResultOk[string, error]("lamp")
	} else {
		return lisette.MakeResultErr[string, error](NotFound{id: id})
	}
}

func main() {
	for _, id := range []int{1, 7} {
		subject := lookup(id)
		if subject.Tag == lisette.ResultOk {
			name := subject.OkVal
			fmt.Println("found", name)
		} else {
			e := subject.ErrVal
			fmt.Println("error:", e)
			fmt.Println(len(e.Error()))
		}
	}
}
