package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func unit_price(item string) lisette.Result[int, string] {
	switch item {
	case "pen":
		return lisette.MakeResultOk[int, string](2)
	case "book":
		return lisette.MakeResultOk[int, string](15)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("no price for %v", item))
	}
}

func quantity(text string) lisette.Result[int, string] {
	switch text {
	case "one":
		return lisette.MakeResultOk[int, string](1)
	case "three":
		return lisette.MakeResultOk[int, string](3)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("bad quantity %v", text))
	}
}

func price_for(item, qty string) lisette.Result[int, string] {
	return func() lisette.Result[int, string] {
		res := unit_price(item)
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res.ErrVal)
		}
		unit := res.OkVal
		res2 := quantity(qty)
		if res2.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res2.ErrVal)
		}
		n := res2.OkVal
		return lisette.MakeResultOk[int, string](unit * n)
	}()
}

func main() {
	fmt.Println(price_for("book", "three"))
	fmt.Println(price_for("pen", "many"))
	fmt.Println(price_for("lamp", "one"))
}
