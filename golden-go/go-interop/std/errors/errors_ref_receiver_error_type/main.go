package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Budget struct {
	limit int
	spent int
}

func (v Budget) String() string {
	return "Budget { limit: " + lisette.FormatValue(v.limit) + ", spent: " + lisette.FormatValue(v.spent) + " }"
}

func (self *Budget) Error() string {
	return fmt.Sprintf("over budget: spent %v of %v", self.spent, self.limit)
}

func spend(b *Budget, amount int) lisette.Result[int, error] {
	b.spent += amount
	if b.spent > b.limit {
		return lisette.MakeResultErr[int, error](b)
	}
	return lisette.MakeResultOk[int, error](b.limit - b.spent)
}

func main() {
	budget := Budget{limit: 100, spent: 0}
	r := &budget
	for _, amount := range []int{30, 50, 40} {
		subject := spend(r, amount)
		if subject.Tag == lisette.ResultOk {
			left := subject.OkVal
			fmt.Println("left", left)
		} else {
			e := subject.ErrVal
			fmt.Println(e)
		}
	}
}
