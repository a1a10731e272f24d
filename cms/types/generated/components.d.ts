import type { Schema, Struct } from '@strapi/strapi';

export interface PlaceOpeningHours extends Struct.ComponentSchema {
  collectionName: 'components_place_opening_hours';
  info: {
    description: 'Eine Zeile der \u00D6ffnungszeiten, z. B. April bis Oktober, Di\u2013So, 10\u201317 Uhr.';
    displayName: '\u00D6ffnungszeit';
  };
  attributes: {
    closes: Schema.Attribute.Time;
    days: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    opens: Schema.Attribute.Time;
    season: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
  };
}

export interface ScanAnnotation extends Struct.ComponentSchema {
  collectionName: 'components_scan_annotation';
  info: {
    description: 'Ein Hinweis an einem Punkt des 3D-Modells.';
    displayName: 'Anmerkung';
  };
  attributes: {
    cameraPosition: Schema.Attribute.JSON;
    cameraTarget: Schema.Attribute.JSON;
    normal: Schema.Attribute.JSON;
    position: Schema.Attribute.JSON & Schema.Attribute.Required;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface ScanCameraView extends Struct.ComponentSchema {
  collectionName: 'components_scan_camera_view';
  info: {
    description: 'Startansicht des 3D-Modells.';
    displayName: 'Kameraansicht';
  };
  attributes: {
    fov: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 10;
        },
        number
      >;
    position: Schema.Attribute.JSON & Schema.Attribute.Required;
    target: Schema.Attribute.JSON & Schema.Attribute.Required;
  };
}

export interface ScanParadata extends Struct.ComponentSchema {
  collectionName: 'components_scan_paradata';
  info: {
    description: 'Wie, womit und von wem der Scan entstand.';
    displayName: 'Paradaten der Aufnahme';
  };
  attributes: {
    capturedOn: Schema.Attribute.Date;
    device: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    method: Schema.Attribute.Enumeration<
      [
        'photogrammetry',
        'structured_light',
        'laser_scan',
        'lidar',
        'procedural',
        'other',
      ]
    > &
      Schema.Attribute.Required;
    operator: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    processing: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
  };
}

export interface SharedAddress extends Struct.ComponentSchema {
  collectionName: 'components_shared_address';
  info: {
    description: 'Postanschrift.';
    displayName: 'Adresse';
  };
  attributes: {
    locality: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    postalCode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    street: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
  };
}

export interface SharedGeoPoint extends Struct.ComponentSchema {
  collectionName: 'components_shared_geo_point';
  info: {
    description: 'Ein Punkt in WGS 84.';
    displayName: 'Geo-Position';
  };
  attributes: {
    latitude: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 90;
          min: -90;
        },
        number
      >;
    longitude: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 180;
          min: -180;
        },
        number
      >;
  };
}

export interface SharedImage extends Struct.ComponentSchema {
  collectionName: 'components_shared_image';
  info: {
    description: 'Ein Bild mit Alt-Text und Bildnachweis.';
    displayName: 'Bild';
  };
  attributes: {
    alt: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
        minLength: 3;
      }>;
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    credit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    file: Schema.Attribute.Media<'images'> & Schema.Attribute.Required;
  };
}

export interface StreamCaptionTrack extends Struct.ComponentSchema {
  collectionName: 'components_stream_caption_track';
  info: {
    description: 'Untertitel als WebVTT-Datei f\u00FCr eine Sprache.';
    displayName: 'Untertitel';
  };
  attributes: {
    file: Schema.Attribute.Media<'files'> & Schema.Attribute.Required;
    label: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    language: Schema.Attribute.Enumeration<['de', 'en', 'da', 'nds']> &
      Schema.Attribute.Required;
  };
}

export interface StreamChapter extends Struct.ComponentSchema {
  collectionName: 'components_stream_chapter';
  info: {
    description: 'Ein Kapitel der Aufzeichnung, z. B. ein Tagesordnungspunkt.';
    displayName: 'Kapitel';
  };
  attributes: {
    agendaItem: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    offsetSeconds: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
  };
}

export interface TourPanoramaHotspot extends Struct.ComponentSchema {
  collectionName: 'components_tour_panorama_hotspot';
  info: {
    description: 'Ein Punkt im 360\u00B0-Panorama: Weg zu einer anderen Station, zu einem Objekt oder ein Infopunkt.';
    displayName: 'Hotspot im Panorama';
  };
  attributes: {
    audio: Schema.Attribute.Media<'audios'>;
    image: Schema.Attribute.Media<'images'>;
    imageAlt: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    item: Schema.Attribute.Relation<
      'oneToOne',
      'api::heritage-item.heritage-item'
    >;
    kind: Schema.Attribute.Enumeration<['stop', 'object', 'info']> &
      Schema.Attribute.Required;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
        minLength: 2;
      }>;
    pitch: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 90;
          min: -90;
        },
        number
      >;
    stop: Schema.Attribute.Relation<'oneToOne', 'api::tour-stop.tour-stop'>;
    text: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    yaw: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 360;
          min: -180;
        },
        number
      >;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'place.opening-hours': PlaceOpeningHours;
      'scan.annotation': ScanAnnotation;
      'scan.camera-view': ScanCameraView;
      'scan.paradata': ScanParadata;
      'shared.address': SharedAddress;
      'shared.geo-point': SharedGeoPoint;
      'shared.image': SharedImage;
      'stream.caption-track': StreamCaptionTrack;
      'stream.chapter': StreamChapter;
      'tour.panorama-hotspot': TourPanoramaHotspot;
    }
  }
}
