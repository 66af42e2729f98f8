package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"text/template"
)

type Cart struct {
	Owner  string
	Prices []int
	secret string
}

func (v Cart) String() string {
	return "Cart { owner: " + lisette.FormatValue(v.Owner) + ", prices: " + lisette.FormatValue(v.Prices) + ", secret: " + lisette.FormatValue(v.secret) + " }"
}

func (self Cart) Total() int {
	return lisette.SliceFold(self.Prices, 0, func(a, p int) int {
		return a + p
	})
}

func (self Cart) Label(prefix string) string {
	return prefix + ":" + self.Owner
}

func (self Cart) Hidden() string {
	return self.secret
}

func main() {
	cart := Cart{Owner: "ann", Prices: []int{120, 80, 5}, secret: "s3"}
	subject := lisette.ResultOfPtr(template.New("cart").Parse("{{.Label \"cart\"}} has {{len .Prices}} items, total {{.Total}}\n"))
	if subject.Tag == lisette.ResultOk {
		t := subject.OkVal
		subject2 := lisette.ResultOfErr(t.Execute(os.Stdout, cart))
		if subject2.Tag != lisette.ResultOk {
			e := subject2.ErrVal
			fmt.Println(e)
		}
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	subject3 := lisette.ResultOfPtr(template.New("bad").Parse("{{.Secret}}"))
	if subject3.Tag == lisette.ResultOk {
		t := subject3.OkVal
		subject4 := lisette.ResultOfErr(t.Execute(os.Stdout, cart))
		if subject4.Tag == lisette.ResultOk {
			fmt.Println()
		} else {
			e := subject4.ErrVal
			fmt.Println("error:", e)
		}
	} else {
		e := subject3.ErrVal
		fmt.Println(e)
	}
	fmt.Println(len(cart.Hidden()))
}
