package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type User struct {
	name string
	age  int
}

func (v User) String() string {
	return "User { name: " + lisette.FormatValue(v.name) + ", age: " + lisette.FormatValue(v.age) + " }"
}

func find_user(id int) lisette.Result[User, string] {
	if id == 1 {
		return lisette.MakeResultOk[User, string](User{name: "ann", age: 31})
	} else {
		return lisette.MakeResultErr[User, string](fmt.Sprintf("no user %v", id))
	}
}

func greeting(id int) lisette.Result[string, string] {
	res := find_user(id)
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[string, string](res.ErrVal)
	}
	u := res.OkVal
	return lisette.MakeResultOk[string, string](fmt.Sprintf("hello %v (%v)", u.name, u.age))
}

func main() {
	fmt.Println(greeting(1))
	fmt.Println(greeting(2))
}
