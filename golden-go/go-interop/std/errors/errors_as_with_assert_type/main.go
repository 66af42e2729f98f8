package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

type NotFound struct {
	key string
}

func (v NotFound) String() string {
	return "NotFound { key: " + lisette.FormatValue(v.key) + " }"
}

func (self NotFound) Error() string {
	return fmt.Sprintf("key %v not found", self.key)
}

func find_not_found(err error) lisette.Option[NotFound] {
	cur := lisette.MakeOptionSome[error](err)
	for cur.Tag == lisette.OptionSome {
		e := cur.SomeVal
		subject := lisette.AssertType[NotFound](e)
		if subject.Tag == lisette.OptionSome {
			nf := subject.SomeVal
			return lisette.MakeOptionSome[NotFound](nf)
		}
		cur = lisette.OptionNilable(errors.Unwrap(e))
	}
	return lisette.MakeOptionNone[NotFound]()
}

func fetch(key string) lisette.Result[string, error] {
	if key == "db" {
		return lisette.MakeResultOk[string, error]("postgres")
	}
	return lisette.MakeResultErr[string, error](fmt.Errorf("fetch: %w", NotFound{key: key}))
}

func main() {
	for _, key := range []string{"db", "cache"} {
		subject2 := fetch(key)
		if subject2.Tag == lisette.ResultOk {
			v := subject2.OkVal
			fmt.Println(key, "=", v)
		} else {
			e := subject2.ErrVal
			fmt.Println(e)
			subject3 := find_not_found(e)
			if subject3.Tag == lisette.OptionSome {
				nf := subject3.SomeVal
				fmt.Println("missing key:", nf.key)
			} else {
				fmt.Println("other error")
			}
		}
	}
	fmt.Println(find_not_found(errors.New("plain")).IsNone())
}
