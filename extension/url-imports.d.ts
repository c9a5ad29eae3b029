// Plasmo (Parcel) turns `url:./file.ts` into a separately bundled file and returns its URL.
declare module "url:*" {
  const url: string;
  export default url;
}
