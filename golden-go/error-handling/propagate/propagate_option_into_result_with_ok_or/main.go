package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func port_of(ports map[string]int, service string) lisette.Result[int, string] {
	res := lisette.OptionOkOr(lisette.MapGet(ports, service), fmt.Sprintf("no port for %v", service))
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, string](res.ErrVal)
	}
	p := res.OkVal
	return lisette.MakeResultOk[int, string](p + 10000)
}

func main() {
	ports := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "web", Second: 80}, lisette.Tuple2[string, int]{First: "mail", Second: 25}})
	fmt.Println(port_of(ports, "mail"))
	fmt.Println(port_of(ports, "dns"))
}
