package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type User struct {
	name  string
	email string
	age   int
}

func (v User) String() string {
	return "User { name: " + lisette.FormatValue(v.name) + ", email: " + lisette.FormatValue(v.email) + ", age: " + lisette.FormatValue(v.age) + " }"
}

type Missing struct {
	field string
}

func (v Missing) String() string {
	return "Missing { field: " + lisette.FormatValue(v.field) + " }"
}

type TooShort struct {
	field string
	min_  int
	got   int
}

func (v TooShort) String() string {
	return "TooShort { field: " + lisette.FormatValue(v.field) + ", min: " + lisette.FormatValue(v.min_) + ", got: " + lisette.FormatValue(v.got) + " }"
}

type TooYoung struct {
	min_ int
	got  int
}

func (v TooYoung) String() string {
	return "TooYoung { min: " + lisette.FormatValue(v.min_) + ", got: " + lisette.FormatValue(v.got) + " }"
}

type FormatErrorTag int

const (
	FormatErrorNoAt FormatErrorTag = iota
	FormatErrorBadDomain
	FormatErrorNotNumber
)

type FormatError struct {
	Tag       FormatErrorTag
	NoAt      string
	Email     string
	Domain    string
	NotNumber string
}

func (v FormatError) String() string {
	switch v.Tag {
	case FormatErrorNoAt:
		return "FormatError.NoAt(" + lisette.FormatValue(v.NoAt) + ")"
	case FormatErrorBadDomain:
		return "FormatError.BadDomain { email: " + lisette.FormatValue(v.Email) + ", domain: " + lisette.FormatValue(v.Domain) + " }"
	}
	return "FormatError.NotNumber(" + lisette.FormatValue(v.NotNumber) + ")"
}

func (self Missing) Error() string {
	return "missing field: " + self.field
}

func (self TooShort) Error() string {
	return fmt.Sprintf("%v too short: %v < %v", self.field, self.got, self.min_)
}

func (self TooYoung) Error() string {
	return fmt.Sprintf("must be at least %v, got %v", self.min_, self.got)
}

func (self FormatError) Error() string {
	switch self.Tag {
	case FormatErrorNoAt:
		e := self.NoAt
		return e + " has no @"
	case FormatErrorBadDomain:
		email := self.Email
		domain := self.Domain
		return fmt.Sprintf("%v: domain %v is not allowed", email, domain)
	case FormatErrorNotNumber:
		s := self.NotNumber
		return fmt.Sprintf("age %v is not a number", s)
	}
	panic("unreachable")
}

func missing(field string) error {
	return Missing{field: field}
}

func field(form map[string]string, key string) lisette.Result[string, error] {
	subject := lisette.MapGet(form, key)
	if subject.Tag == lisette.OptionSome {
		v := subject.SomeVal
		if len(v) == 0 {
			return lisette.MakeResultErr[string, error](missing(key))
		} else {
			return lisette.MakeResultOk[string, error](v)
		}
	}
	return lisette.MakeResultErr[string, error](missing(key))
}

func check_name(form map[string]string) lisette.Result[string, error] {
	res := field(form, "name")
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[string, error](res.ErrVal)
	}
	name := res.OkVal
	if len(name) < 3 {
		return lisette.MakeResultErr[string, error](TooShort{field: "name", min_: 3, got: len(name)})
	}
	return lisette.MakeResultOk[string, error](name)
}

func check_email(form map[string]string) lisette.Result[string, error] {
	res2 := field(form, "email")
	if res2.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[string, error](res2.ErrVal)
	}
	email := res2.OkVal
	subject2 := strings.Split(email, "@")
	if len(subject2) == 2 {
		domain := subject2[1]
		if domain == "example.com" || domain == "mail.org" {
			return lisette.MakeResultOk[string, error](email)
		} else {
			return lisette.MakeResultErr[string, error](FormatError{Tag: FormatErrorBadDomain, Email: email, Domain: domain})
		}
	}
	return lisette.MakeResultErr[string, error](FormatError{Tag: FormatErrorNoAt, NoAt: email})
}

func parse_age(s string) lisette.Result[int, error] {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return lisette.MakeResultErr[int, error](FormatError{Tag: FormatErrorNotNumber, NotNumber: s})
		}
		n = n*10 + int((r - '0'))
	}
	return lisette.MakeResultOk[int, error](n)
}

func validate(form map[string]string) lisette.Result[User, error] {
	res3 := check_name(form)
	if res3.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[User, error](res3.ErrVal)
	}
	name := res3.OkVal
	res4 := check_email(form)
	if res4.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[User, error](res4.ErrVal)
	}
	email := res4.OkVal
	res5 := field(form, "age")
	if res5.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[User, error](res5.ErrVal)
	}
	raw_age := res5.OkVal
	res6 := parse_age(raw_age)
	if res6.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[User, error](res6.ErrVal)
	}
	age := res6.OkVal
	if age < 13 {
		return lisette.MakeResultErr[User, error](TooYoung{min_: 13, got: age})
	}
	return lisette.MakeResultOk[User, error](User{name: name, email: email, age: age})
}

func main() {
	forms := []map[string]string{lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "name", Second: "ana"}, lisette.Tuple2[string, string]{First: "email", Second: "ana@example.com"}, lisette.Tuple2[string, string]{First: "age", Second: "34"}}), lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "name", Second: "bo"}, lisette.Tuple2[string, string]{First: "email", Second: "bo@example.com"}, lisette.Tuple2[string, string]{First: "age", Second: "20"}}), lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "name", Second: "carla"}, lisette.Tuple2[string, string]{First: "email", Second: "carla.example.com"}, lisette.Tuple2[string, string]{First: "age", Second: "41"}}), lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "name", Second: "dmitri"}, lisette.Tuple2[string, string]{First: "email", Second: "dm@spam.biz"}, lisette.Tuple2[string, string]{First: "age", Second: "29"}}), lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "name", Second: "eve"}, lisette.Tuple2[string, string]{First: "email", Second: "eve@mail.org"}, lisette.Tuple2[string, string]{First: "age", Second: "4o"}}), lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "name", Second: "finn"}, lisette.Tuple2[string, string]{First: "email", Second: "finn@mail.org"}}), lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "name", Second: "gus"}, lisette.Tuple2[string, string]{First: "email", Second: "gus@mail.org"}, lisette.Tuple2[string, string]{First: "age", Second: "9"}}), lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "name", Second: ""}, lisette.Tuple2[string, string]{First: "email", Second: "x@mail.org"}, lisette.Tuple2[string, string]{First: "age", Second: "50"}}), lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "name", Second: "hana"}, lisette.Tuple2[string, string]{First: "email", Second: "hana@mail.org"}, lisette.Tuple2[string, string]{First: "age", Second: "13"}})}
	users := []User{}
	problems := []error{}
	for _, form := range forms {
		subject3 := validate(form)
		if subject3.Tag == lisette.ResultOk {
			u := subject3.OkVal
			users = append(users, u)
		} else {
			e := subject3.ErrVal
			problems = append(problems, e)
		}
	}
	fmt.Println("valid:", len(users))
	for _, u := range users {
		fmt.Println(u)
	}
	fmt.Println("invalid:", len(problems))
	for i, e := range problems {
		fmt.Printf("%v. %v\n", i+1, e)
	}
	absent := lisette.SliceFilter(problems, func(e error) bool {
		return e == missing("age") || e == missing("name")
	})
	fmt.Println("missing fields:", len(absent))
	fmt.Println(validate(forms[1]))
}
