package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"net/url"
)

func main() {
	q := url.Values(map[string][]string{})
	q.Set("city", "São Paulo")
	q.Set("units", "metric")
	u := url.URL{Scheme: "https", Opaque: "", User: lisette.Nilable(lisette.MakeOptionNone[*url.Userinfo]()), Host: "weather.example.com", Path: "/v1/forecast today", Fragment: "", RawQuery: q.Encode(), RawPath: "", RawFragment: "", ForceQuery: false, OmitHost: false}
	r := &u
	fmt.Println(r.String())
	fmt.Println(r.EscapedPath())
	fmt.Println(r.Query().Get("city"))
	with_user := url.URL{User: lisette.Nilable(lisette.MakeOptionSome[*url.Userinfo](url.UserPassword("bot", "pw"))), Scheme: u.Scheme, Opaque: u.Opaque, Host: u.Host, Path: u.Path, Fragment: u.Fragment, RawQuery: u.RawQuery, RawPath: u.RawPath, RawFragment: u.RawFragment, ForceQuery: u.ForceQuery, OmitHost: u.OmitHost}
	w := &with_user
	fmt.Println(w.Redacted())
}
