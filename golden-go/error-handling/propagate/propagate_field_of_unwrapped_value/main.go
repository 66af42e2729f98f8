package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type User struct {
	name string
}

func (v User) String() string {
	return "User { name: " + lisette.FormatValue(v.name) + " }"
}

func find_user(id int) lisette.Result[User, string] {
	switch id {
	case 1:
		return lisette.MakeResultOk[User, string](User{name: "margaret"})
	case 2:
		return lisette.MakeResultOk[User, string](User{name: "linus"})
	default:
		return lisette.MakeResultErr[User, string](fmt.Sprintf("no user %v", id))
	}
}

func name_length(id int) lisette.Result[int, string] {
	res := find_user(id)
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, string](res.ErrVal)
	}
	return lisette.MakeResultOk[int, string](len(res.OkVal.name))
}

func main() {
	fmt.Println(name_length(1))
	fmt.Println(name_length(2))
	fmt.Println(name_length(3))
}
