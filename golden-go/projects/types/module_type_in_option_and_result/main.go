package main

import (
	"fmt"
	"golden/projects/types/module_type_in_option_and_result/accounts"
	lisette "lisette.dev/prelude"
)

func by_id(id int) lisette.Option[accounts.User] {
	return lisette.SliceFind(accounts.All(), func(u accounts.User) bool {
		return u.Id == id
	})
}

func require(id int) lisette.Result[accounts.User, string] {
	subject := by_id(id)
	if subject.Tag == lisette.OptionSome {
		u := subject.SomeVal
		return lisette.MakeResultOk[accounts.User, string](u)
	}
	return lisette.MakeResultErr[accounts.User, string](fmt.Sprintf("no user %v", id))
}

func main() {
	fmt.Println(by_id(7))
	fmt.Println(require(7))
	fmt.Println(require(3))
}
